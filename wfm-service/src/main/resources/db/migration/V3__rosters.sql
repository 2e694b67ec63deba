-- roster problems and their rosters; the solver reads them whole, never by a column inside, so they are kept as JSON
create table rosters (
    id           uuid primary key,
    name         text,
    -- the problem as sent, with each queue's demand filled in from its requirements when it came without
    problem      jsonb       not null,
    -- the latest roster's worked days: agent, date, template, start and queue
    shifts       jsonb       not null default '[]',
    -- the worked days as last published, which a re-plan keeps close to
    published    jsonb,
    published_at timestamptz,
    status       text        not null check (status in ('NOT_SOLVED', 'SOLVING', 'SOLVED')),
    score        text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
