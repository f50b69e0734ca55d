// The product's database schema, one migration per version. Never edit a released step:
// add a new one.
#include "migrator.h"

namespace aistack {

const QVector<Migration> &productMigrations()
{
    static const QVector<Migration> migrations{
        {1,
         QStringLiteral("instance metadata"),
         {QStringLiteral("CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral(
              "INSERT INTO app_meta (key, value) VALUES ('instance_id', lower(hex(randomblob(16))))"),
          QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('created_at', "
                         "strftime('%Y-%m-%dT%H:%M:%SZ','now'))")},
         {QStringLiteral("CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('instance_id', md5(random()::text || "
                         "clock_timestamp()::text))"),
          QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('created_at', to_char(now() AT TIME ZONE "
                         "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))")}},
        {2,
         QStringLiteral("KISS client sessions"),
         {QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                         "client_id VARCHAR(255) NOT NULL UNIQUE, client_secret VARCHAR(255) NOT NULL, "
                         "scope VARCHAR(10) NOT NULL CHECK (scope IN ('temporary', 'persistent')), "
                         "created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, "
                         "status BOOLEAN NOT NULL DEFAULT 1, last_used TIMESTAMP NOT NULL, "
                         "stack_initialized BOOLEAN NOT NULL DEFAULT 0, "
                         "documents_deleted BOOLEAN NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX sessions_expiry ON sessions (status, scope, last_used)")},
         {QStringLiteral("CREATE TABLE sessions (id SERIAL PRIMARY KEY, "
                         "client_id VARCHAR(255) NOT NULL UNIQUE, client_secret VARCHAR(255) NOT NULL, "
                         "scope VARCHAR(10) NOT NULL CHECK (scope IN ('temporary', 'persistent')), "
                         "created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL, "
                         "status BOOLEAN NOT NULL DEFAULT TRUE, last_used TIMESTAMPTZ NOT NULL, "
                         "stack_initialized BOOLEAN NOT NULL DEFAULT FALSE, "
                         "documents_deleted BOOLEAN NOT NULL DEFAULT FALSE)"),
          QStringLiteral("CREATE INDEX sessions_expiry ON sessions (status, scope, last_used)")}},
        {3,
         QStringLiteral("Lightspeed conversations, their turns, and feedback"),
         {QStringLiteral("CREATE TABLE user_conversation (id VARCHAR NOT NULL PRIMARY KEY, "
                         "user_id VARCHAR NOT NULL, last_used_model VARCHAR NOT NULL, "
                         "last_used_provider VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, "
                         "last_message_at TIMESTAMP NOT NULL, message_count INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX ix_user_conversation_user_id ON user_conversation (user_id)"),
          QStringLiteral("CREATE TABLE conversation_turn (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                         "conversation_id VARCHAR NOT NULL, user_message TEXT NOT NULL, "
                         "assistant_message TEXT NOT NULL, system_prompt TEXT NOT NULL, "
                         "started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP NOT NULL, "
                         "model VARCHAR NOT NULL, provider VARCHAR NOT NULL, referenced_documents TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX ix_conversation_turn_conversation ON conversation_turn (conversation_id, id)"),
          QStringLiteral("CREATE TABLE feedback (id VARCHAR NOT NULL PRIMARY KEY, user_id VARCHAR NOT NULL, "
                         "created_at TIMESTAMP NOT NULL, conversation_id VARCHAR NOT NULL, "
                         "user_question TEXT NOT NULL, llm_response TEXT NOT NULL, sentiment INTEGER, "
                         "user_feedback TEXT, categories TEXT)"),
          QStringLiteral("CREATE INDEX ix_feedback_created ON feedback (created_at)")},
         {QStringLiteral("CREATE TABLE user_conversation (id VARCHAR NOT NULL PRIMARY KEY, "
                         "user_id VARCHAR NOT NULL, last_used_model VARCHAR NOT NULL, "
                         "last_used_provider VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
                         "last_message_at TIMESTAMPTZ NOT NULL DEFAULT now(), message_count INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX ix_user_conversation_user_id ON user_conversation (user_id)"),
          QStringLiteral("CREATE TABLE conversation_turn (id BIGSERIAL PRIMARY KEY, "
                         "conversation_id VARCHAR NOT NULL, user_message TEXT NOT NULL, "
                         "assistant_message TEXT NOT NULL, system_prompt TEXT NOT NULL, "
                         "started_at TIMESTAMPTZ NOT NULL, completed_at TIMESTAMPTZ NOT NULL, "
                         "model VARCHAR NOT NULL, provider VARCHAR NOT NULL, referenced_documents TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX ix_conversation_turn_conversation ON conversation_turn (conversation_id, id)"),
          QStringLiteral("CREATE TABLE feedback (id VARCHAR NOT NULL PRIMARY KEY, user_id VARCHAR NOT NULL, "
                         "created_at TIMESTAMPTZ NOT NULL, conversation_id VARCHAR NOT NULL, "
                         "user_question TEXT NOT NULL, llm_response TEXT NOT NULL, sentiment INTEGER, "
                         "user_feedback TEXT, categories TEXT)"),
          QStringLiteral("CREATE INDEX ix_feedback_created ON feedback (created_at)")}},
        {4,
         QStringLiteral("Desktop: conversation titles and options, answer details, the ingestion queue"),
         {QStringLiteral("ALTER TABLE user_conversation ADD COLUMN topic_summary VARCHAR"),
          QStringLiteral("ALTER TABLE user_conversation ADD COLUMN use_documents BOOLEAN NOT NULL DEFAULT 1"),
          QStringLiteral("ALTER TABLE conversation_turn ADD COLUMN details TEXT"),
          QStringLiteral("CREATE INDEX ix_feedback_conversation ON feedback (conversation_id)"),
          QStringLiteral("CREATE TABLE ingest_item (id INTEGER PRIMARY KEY AUTOINCREMENT, tool VARCHAR NOT NULL, "
                         "path TEXT NOT NULL, name TEXT NOT NULL, bytes BIGINT NOT NULL DEFAULT 0, "
                         "state VARCHAR NOT NULL, error TEXT, document_id VARCHAR, chunks INTEGER NOT NULL "
                         "DEFAULT 0, pages INTEGER NOT NULL DEFAULT 0, modified_at BIGINT NOT NULL DEFAULT 0, "
                         "queued_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)"),
          QStringLiteral("CREATE INDEX ix_ingest_item_state ON ingest_item (state, id)"),
          QStringLiteral("CREATE INDEX ix_ingest_item_path ON ingest_item (tool, path)"),
          QStringLiteral("CREATE TABLE watched_folder (tool VARCHAR NOT NULL, path TEXT NOT NULL, "
                         "added_at TIMESTAMP NOT NULL, PRIMARY KEY (tool, path))")},
         {QStringLiteral("ALTER TABLE user_conversation ADD COLUMN topic_summary VARCHAR"),
          QStringLiteral("ALTER TABLE user_conversation ADD COLUMN use_documents BOOLEAN NOT NULL DEFAULT TRUE"),
          QStringLiteral("ALTER TABLE conversation_turn ADD COLUMN details TEXT"),
          QStringLiteral("CREATE INDEX ix_feedback_conversation ON feedback (conversation_id)"),
          QStringLiteral("CREATE TABLE ingest_item (id BIGSERIAL PRIMARY KEY, tool VARCHAR NOT NULL, "
                         "path TEXT NOT NULL, name TEXT NOT NULL, bytes BIGINT NOT NULL DEFAULT 0, "
                         "state VARCHAR NOT NULL, error TEXT, document_id VARCHAR, chunks INTEGER NOT NULL "
                         "DEFAULT 0, pages INTEGER NOT NULL DEFAULT 0, modified_at BIGINT NOT NULL DEFAULT 0, "
                         "queued_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL)"),
          QStringLiteral("CREATE INDEX ix_ingest_item_state ON ingest_item (state, id)"),
          QStringLiteral("CREATE INDEX ix_ingest_item_path ON ingest_item (tool, path)"),
          QStringLiteral("CREATE TABLE watched_folder (tool VARCHAR NOT NULL, path TEXT NOT NULL, "
                         "added_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (tool, path))")}},
        {5,
         QStringLiteral("Admin panes: the configuration in force with what it produced, session activity and revocation"),
         {
          QStringLiteral("ALTER TABLE sessions ADD COLUMN config_id VARCHAR"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN revoked_at TIMESTAMP"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN peer_address VARCHAR"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN query_count INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN token_count BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE conversation_turn ADD COLUMN config_id VARCHAR"),
          QStringLiteral("ALTER TABLE feedback ADD COLUMN config_id VARCHAR"),
          QStringLiteral("CREATE INDEX ix_feedback_user ON feedback (user_id)")},
         {
          QStringLiteral("ALTER TABLE sessions ADD COLUMN config_id VARCHAR"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN revoked_at TIMESTAMPTZ"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN peer_address VARCHAR"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN query_count INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN token_count BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE conversation_turn ADD COLUMN config_id VARCHAR"),
          QStringLiteral("ALTER TABLE feedback ADD COLUMN config_id VARCHAR"),
          QStringLiteral("CREATE INDEX ix_feedback_user ON feedback (user_id)")}},
    };
    return migrations;
}

} // namespace aistack
