#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace aistack::fuzz {

// What a parser made of one input: accepted, or refused with the message its caller would show.
struct Verdict
{
    bool accepted = true;
    QString error;

    static Verdict refuse(const QString &error) { return {false, error}; }
};

// One parser's fuzz entry: any bytes in, a verdict out. It never crashes, leaks or hangs; the properties
// every answer must have are checked inside with require(), which aborts (a finding) when one fails.
using Entry = Verdict (*)(const QByteArray &input);

struct Target
{
    const char *name; // fuzz/corpus/<name>, fuzz/regressions/<name>, fuzz/dict/<name>.dict, fuzz_<name>
    Entry entry;
};

// Every target, in the order fuzz/run.sh runs them.
const std::vector<Target> &targets();

// Aborts with `what` when `condition` is false: a broken promise of the parser under test.
void require(bool condition, const char *what);

Verdict httpFramer(const QByteArray &input);
Verdict kissRequests(const QByteArray &input);
Verdict kissWebSocket(const QByteArray &input);
Verdict lcsRequests(const QByteArray &input);
Verdict config(const QByteArray &input);
Verdict jwt(const QByteArray &input);
Verdict jwk(const QByteArray &input);
Verdict textDecoder(const QByteArray &input);
Verdict markdown(const QByteArray &input);
Verdict html(const QByteArray &input);
Verdict csv(const QByteArray &input);
Verdict json(const QByteArray &input);
Verdict pdf(const QByteArray &input);
Verdict docx(const QByteArray &input);

} // namespace aistack::fuzz
