comment on schema queue is 'TrialLine queue-service: contacts, queues, agents and their history';
