comment on schema notify is 'TrialLine notification-service: patients contact preferences, visit schedules and reminders';
