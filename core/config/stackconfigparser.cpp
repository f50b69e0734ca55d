// The KISS AI Stack half of the configuration: the `stack:` mapping.
#include "configparsers.h"

#include <QUrl>

namespace aistack {

namespace {

const QStringList kToolKinds{QStringLiteral("prompt"), QStringLiteral("rag")};
const QStringList kProviders{QStringLiteral("openai"), QStringLiteral("ollama"), QStringLiteral("llama_stack"),
                             QStringLiteral("local"),
#ifdef AISTACK_TEST_ROUTES
                             QStringLiteral("paced"), // a slow stand-in model for load tests
#endif
};
const QStringList kVectorDbKinds{QStringLiteral("in_memory"), QStringLiteral("storage"),
                                 QStringLiteral("remote")};

void parseAiClient(const YAML::Node &ai, const QString &ap, AiClientConfig &c, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    c.model = r.string(ai, "model", ap, QString()).trimmed();
    c.apiKey = r.optString(ai, "api_key", ap);
    c.baseUrl = r.optString(ai, "base_url", ap);
    c.modelPath = r.optString(ai, "model_path", ap);
    c.contextSize = int(r.integer(ai, "context_size", ap, c.contextSize, 0, 1 << 20));
    c.threads = int(r.integer(ai, "threads", ap, c.threads, 0, 512));
    c.timeoutSeconds = int(r.integer(ai, "timeout", ap, c.timeoutSeconds, 1, 86400));
    c.connectTimeoutSeconds = int(r.integer(ai, "connect_timeout", ap, c.connectTimeoutSeconds, 1, 3600));
    c.maxRetries = int(r.integer(ai, "max_retries", ap, c.maxRetries, 0, 20));
    c.temperature = r.optNumber(ai, "temperature", ap, 0.0, 2.0);
    ctx.noteLine(ai, "api_key", ap);
    if (c.baseUrl) {
        const QUrl url(*c.baseUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            r.error(ai["base_url"], YamlReader::join(ap, "base_url"),
                    QStringLiteral("must be an http:// or https:// URL, got '%1'").arg(*c.baseUrl));
    }
    if (c.provider == QLatin1String("local")) {
        if (!c.modelPath)
            r.error(ai, YamlReader::join(ap, "model_path"),
                    QStringLiteral("is required for the local provider: the path of a GGUF model file"));
    } else if (!c.provider.isEmpty() && c.model.isEmpty()) {
        r.error(ai, YamlReader::join(ap, "model"),
                QStringLiteral("is required for the %1 provider: the name of the model to use").arg(c.provider));
    }
}

bool parseTool(const YAML::Node &node, const QString &p, ToolConfig &tool, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    if (!r.expectMap(node, p))
        return false;
    tool.name = r.requiredString(node, "name", p).trimmed();
    tool.role = r.requiredString(node, "role", p).trimmed();
    tool.kind = r.requiredString(node, "kind", p).trimmed();
    if (!tool.kind.isEmpty() && !kToolKinds.contains(tool.kind))
        r.error(node["kind"], YamlReader::join(p, "kind"),
                QStringLiteral("must be prompt or rag, got '%1'").arg(tool.kind));
    tool.embeddings = r.optString(node, "embeddings", p);
    tool.depth = int(r.integer(node, "depth", p, tool.depth, 1, 1000));
    if (!r.isNull(node, "ai_client") && r.expectMap(node["ai_client"], YamlReader::join(p, "ai_client"))) {
        const YAML::Node ai = node["ai_client"];
        const QString ap = YamlReader::join(p, "ai_client");
        tool.aiClient.provider = r.requiredString(ai, "provider", ap).trimmed();
        if (!tool.aiClient.provider.isEmpty() && !kProviders.contains(tool.aiClient.provider))
            r.error(ai["provider"], YamlReader::join(ap, "provider"),
                    QStringLiteral("unknown provider '%1'; use one of %2")
                        .arg(tool.aiClient.provider, kProviders.join(QStringLiteral(", "))));
        parseAiClient(ai, ap, tool.aiClient, ctx);
    }
    return true;
}

void parseVectorDb(const YAML::Node &node, VectorDbConfig &v, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("stack.vector_db");
    if (!r.expectMap(node, p))
        return;
    v.provider = r.string(node, "provider", p, QStringLiteral("chroma"));
    v.kind = r.requiredString(node, "kind", p).trimmed();
    if (v.kind == QLatin1String("in-memory"))
        v.kind = QStringLiteral("in_memory");
    if (!v.kind.isEmpty() && !kVectorDbKinds.contains(v.kind))
        r.error(node["kind"], p + QStringLiteral(".kind"),
                QStringLiteral("must be in_memory, storage or remote, got '%1'").arg(v.kind));
    v.path = r.optString(node, "path", p);
    v.host = r.optString(node, "host", p);
    v.port = r.optInteger(node, "port", p, 1, 65535);
    v.secure = r.boolean(node, "secure", p, v.secure);
    if (v.kind == QLatin1String("storage") && !v.path)
        r.error(node, p, QStringLiteral("path is required when kind is storage"));
    if (v.kind == QLatin1String("remote") && !v.host)
        r.error(node, p, QStringLiteral("host is required when kind is remote"));
}

} // namespace

void parseStack(const YAML::Node &node, StackConfig &stack, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("stack");
    if (!r.expectMap(node, p))
        return;
    if (!r.isNull(node, "decision_maker")) {
        ToolConfig dm;
        if (parseTool(node["decision_maker"], p + QStringLiteral(".decision_maker"), dm, ctx)) {
            if (!dm.kind.isEmpty() && dm.kind != QLatin1String("prompt"))
                r.error(node["decision_maker"]["kind"], p + QStringLiteral(".decision_maker.kind"),
                        QStringLiteral("the decision maker must be of kind prompt"));
            stack.decisionMaker = dm;
        }
    }
    if (r.isNull(node, "tools")) {
        r.error(node, p + QStringLiteral(".tools"), QStringLiteral("is required: list at least one tool"));
    } else if (!node["tools"].IsSequence() || node["tools"].size() == 0) {
        r.error(node["tools"], p + QStringLiteral(".tools"),
                QStringLiteral("expected a non-empty list of tools"));
    } else {
        const YAML::Node tools = node["tools"];
        for (std::size_t i = 0; i < tools.size(); ++i) {
            ToolConfig tool;
            const QString tp = p + QStringLiteral(".tools[%1]").arg(i);
            if (!parseTool(tools[i], tp, tool, ctx))
                continue;
            for (const auto &other : std::as_const(stack.tools)) {
                if (!tool.name.isEmpty() && other.name == tool.name)
                    r.error(tools[i]["name"], tp + QStringLiteral(".name"),
                            QStringLiteral("duplicate tool name '%1'").arg(tool.name));
            }
            stack.tools << tool;
        }
    }
    if (!r.isNull(node, "vector_db")) {
        VectorDbConfig v;
        parseVectorDb(node["vector_db"], v, ctx);
        stack.vectorDb = v;
    }
    const bool hasRag = std::any_of(stack.tools.cbegin(), stack.tools.cend(),
                                    [](const ToolConfig &t) { return t.kind == QLatin1String("rag"); });
    if (hasRag && !stack.vectorDb)
        r.error(node, p + QStringLiteral(".vector_db"),
                QStringLiteral("is required when a rag tool is configured"));
}

} // namespace aistack
