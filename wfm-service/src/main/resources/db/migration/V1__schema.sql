comment on schema wfm is 'TrialLine wfm-service: forecasts, staffing requirements and rosters';
