// The YAML configuration loader (both halves: Lightspeed's and the KISS `stack:`), on text from a file.
#include "config/configloader.h"
#include "config/secretresolver.h"
#include "fuzztarget.h"

namespace aistack::fuzz {

namespace {
// Secrets resolve from the environment as usual; the system keychain is never asked.
class NoKeychain : public SecretResolver
{
protected:
    bool readKeychain(const QString &name, QString *, QString *error) override
    {
        *error = QStringLiteral("no keychain entry %1").arg(name);
        return false;
    }
};
} // namespace

Verdict config(const QByteArray &input)
{
    NoKeychain secrets;
    const ConfigLoader loader(&secrets);
    const ConfigLoadResult result =
        loader.loadText(input, QStringLiteral("fuzz.yaml"), QStringLiteral("/nonexistent/aistack-fuzz"));
    if (result.ok())
        return {};
    const QString text = result.errorText();
    require(!text.isEmpty(), "a refused configuration says why");
    for (const ConfigError &e : result.errors)
        require(e.file == QLatin1String("fuzz.yaml") && !e.message.isEmpty() && e.line >= 0,
                "every configuration error names the file and says what is wrong");
    return Verdict::refuse(text);
}

} // namespace aistack::fuzz
