// aistack's own `desktop:` mapping: the window's settings.
#include "configparsers.h"

namespace aistack {

void parseDesktop(const YAML::Node &node, DesktopConfig &d, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("desktop");
    if (!r.expectMap(node, p))
        return;
    const QString user = r.string(node, "user_id", p, d.userId);
    if (user.trimmed().isEmpty())
        r.error(YamlReader::lineOf(node["user_id"]), YamlReader::join(p, "user_id"),
                QStringLiteral("must not be empty"));
    else
        d.userId = user;
    d.confirmToolCalls = r.boolean(node, "confirm_tool_calls", p, d.confirmToolCalls);
}

} // namespace aistack
