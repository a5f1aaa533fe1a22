-- Schema version 1 of a workspace, the same for SQLite and PostgreSQL (SqlDialect holds what differs).
-- Times are ISO 8601 instants in UTC text (2026-12-02T01:40:15.123Z), dates yyyy-MM-dd, codes in camelCase.

create table registers (
    name text not null primary key,
    organisation_name text not null,
    current_version integer not null,
    check_as_of text null,
    check_verdict text null,
    check_next_deadline text null,
    check_next_deadline_text text null,
    check_processor_count integer null,
    check_finding_count integer null
);

create table register_versions (
    register_name text not null references registers (name),
    number integer not null,
    saved_at text not null,
    saved_by text not null,
    summary text not null,
    change_count integer not null,
    register_json text not null,
    constraint register_versions_key primary key (register_name, number)
);

create table accounts (
    normalized_name text not null primary key,
    user_name text not null,
    role text not null,
    password_hash text not null
);

create table grants (
    normalized_name text not null references accounts (normalized_name) on delete cascade,
    register_name text not null,
    constraint grants_key primary key (normalized_name, register_name)
);
