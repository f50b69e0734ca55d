// aistack's own `sessions:` mapping: KISS client sessions, their tokens and their expiry.
#include "configparsers.h"

namespace aistack {

void parseSessions(const YAML::Node &node, SessionsConfig &s, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("sessions");
    if (!r.expectMap(node, p))
        return;
    s.tokenExpireMinutes = int(r.integer(node, "token_expire_minutes", p, s.tokenExpireMinutes, 1, 525600));
    s.temporaryIdleSeconds =
        int(r.integer(node, "temporary_idle_seconds", p, s.temporaryIdleSeconds, 1, 315360000));
    s.persistentIdleDays = int(r.integer(node, "persistent_idle_days", p, s.persistentIdleDays, 0, 36500));
    s.reapIntervalSeconds = int(r.integer(node, "reap_interval_seconds", p, s.reapIntervalSeconds, 1, 86400));
    s.maxAuthFailures = int(r.integer(node, "max_auth_failures", p, s.maxAuthFailures, 1, 1000000));
    s.authFailureWindowSeconds =
        int(r.integer(node, "auth_failure_window_seconds", p, s.authFailureWindowSeconds, 1, 86400));
    s.tokenSecret = r.optString(node, "token_secret", p);
    ctx.noteLine(node, "token_secret", p);
    s.tokenSecretFile = r.optString(node, "token_secret_file", p);
}

} // namespace aistack
