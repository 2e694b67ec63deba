-- how each queue is planned: its intervals, the service it promises and what staffing must allow for
create table queue_plans (
    queue_id              text primary key,
    time_zone             text          not null,
    interval_minutes      integer       not null check (interval_minutes in (15, 30)),
    service_level_target  numeric(6, 4) not null check (service_level_target > 0 and service_level_target < 1),
    service_level_seconds integer       not null check (service_level_seconds >= 0),
    max_occupancy         numeric(6, 4) not null check (max_occupancy > 0 and max_occupancy <= 1),
    shrinkage             numeric(6, 4) not null check (shrinkage >= 0 and shrinkage < 1),
    -- mean time a caller waits before hanging up, for Erlang A; null when only Erlang C is wanted
    patience_seconds      integer check (patience_seconds > 0),
    updated_at            timestamptz   not null default now()
);

-- interval counts a planner imported, from a telephony system queue-service does not hear from
create table interval_history (
    queue_id         text             not null references queue_plans (queue_id) on delete cascade,
    starts_at        timestamptz      not null,
    interval_minutes integer          not null check (interval_minutes in (15, 30, 60)),
    calls            integer          not null check (calls >= 0),
    aht_seconds      double precision check (aht_seconds > 0),
    imported_at      timestamptz      not null default now(),
    primary key (queue_id, starts_at)
);

-- holidays and campaigns: the calls of the days from first_day to last_day times factor, for one queue or all
create table special_days (
    id        uuid primary key,
    name      text          not null,
    queue_id  text references queue_plans (queue_id) on delete cascade,
    first_day date          not null,
    last_day  date          not null,
    factor    numeric(8, 4) not null check (factor >= 0),
    check (last_day >= first_day)
);

create index special_days_span on special_days (first_day, last_day);
