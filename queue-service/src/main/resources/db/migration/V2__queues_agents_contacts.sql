-- A queue is one trial x language x channel line of the centre.
create table queues (
    id                    text primary key,
    trial                 text        not null,
    language              text        not null,
    channel               text        not null check (channel in ('VOICE', 'SMS', 'EMAIL', 'CHAT', 'CALLBACK')),
    -- share of contacts to answer within service_level_seconds, 0..1
    service_level_target  numeric(4, 3) not null check (service_level_target > 0 and service_level_target <= 1),
    service_level_seconds integer     not null check (service_level_seconds > 0),
    service_level_variant text        not null check (service_level_variant in ('STANDARD', 'ASTERISK', 'CONNECT')),
    short_abandon_seconds integer     not null check (short_abandon_seconds >= 0),
    priority              integer     not null,
    -- TRIALLINE offers contacts to agents itself; TELEPHONY means the phone system routes and TrialLine records
    routed_by             text        not null check (routed_by in ('TRIALLINE', 'TELEPHONY')),
    created_at            timestamptz not null default now()
);

create table agents (
    id              text primary key,
    name            text        not null,
    trials          text[]      not null,
    channels        text[]      not null,
    state           text        not null,
    state_reason    text,
    state_since     timestamptz not null,
    -- when the agent last became available: the longest idle agent is offered first
    available_since timestamptz,
    missed_offers   integer     not null default 0
);

create table agent_languages (
    agent_id    text    not null references agents (id) on delete cascade,
    language    text    not null,
    -- 1 (basic) .. 5 (native)
    proficiency integer not null check (proficiency between 1 and 5),
    primary key (agent_id, language)
);

create index agent_languages_by_language on agent_languages (language, agent_id);

create table contacts (
    id                uuid primary key,
    queue_id          text        not null references queues (id),
    patient_reference text,
    status            text        not null,
    enqueued_at       timestamptz not null,
    offered_to        text,
    offered_at        timestamptz,
    missed_offers     integer     not null default 0,
    answered_by       text,
    answered_at       timestamptz,
    hold_started_at   timestamptz,
    hold_seconds      numeric(12, 3) not null default 0,
    ended_at          timestamptz,
    ended_by          text,
    wrapped_up_at     timestamptz,
    disposition       text,
    left_at           timestamptz,
    leave_reason      text,
    survey_score      integer check (survey_score between 1 and 5)
);

create index contacts_waiting on contacts (queue_id, enqueued_at) where status = 'QUEUED';
create index contacts_by_queue_and_entry on contacts (queue_id, enqueued_at);
create index contacts_by_patient on contacts (patient_reference, queue_id, enqueued_at) where patient_reference is not null;

-- every event taken in, so that a repeated delivery changes nothing
create table received_events (
    event_id    uuid primary key,
    received_at timestamptz not null default now()
);

-- events written in the same transaction as the change they describe, published to Redis by the relay
create table outbox (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

create index outbox_unpublished on outbox (id) where published_at is null;
