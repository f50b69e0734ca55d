#include "benchcorpus.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cmath>

namespace {
const char *const kCommon =
    "time person year way day thing man world life hand part child eye woman place work week case point "
    "government company number group problem fact water room mother area money story month lot right study "
    "book job word business issue side kind head house service friend father power hour game line end member "
    "law car city community name president team minute idea kid body information back parent face others "
    "level office door health art war history party result change morning reason research girl guy moment "
    "air "
    "teacher force education foot boy age policy process music market sense nation plan college interest "
    "death "
    "experience effect class control care field development role effort rate heart drug show leader light "
    "voice "
    "wife police mind price report decision son view relationship town road arm difference value building "
    "action "
    "model season society tax director position player record paper space ground form event official matter "
    "center couple site project activity star table need court oil situation cost industry figure street "
    "image "
    "phone data picture practice piece land product doctor wall patient worker news test movie north love "
    "support technology step baby computer type attention film tree source organization hair window evidence "
    "population site heat pump valve engine pressure system network storage energy bridge river station "
    "garden "
    "kitchen machine factory mountain island forest winter summer spring autumn coffee dinner lunch school "
    "student lesson library museum hospital airport train ticket hotel bank account";
const char *const kSyllables[] = {"ka",  "lo",  "mi",  "ren", "tor", "vak", "sel", "dun",
                                  "pra", "qui", "zen", "bor", "fal", "gri", "hos", "jun",
                                  "lem", "nor", "pex", "sul", "tav", "wex", "yor", "cor"};
} // namespace

BenchCorpus::BenchCorpus(quint32 seed) : m_random(seed)
{
    m_vocabulary = QString::fromLatin1(kCommon).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int syllables = int(std::size(kSyllables));
    for (int i = 0; m_vocabulary.size() < 30300; ++i) {
        QString w;
        int n = i;
        do {
            w += QLatin1String(kSyllables[n % syllables]);
            n /= syllables;
        } while (n > 0);
        m_vocabulary << w + QLatin1String(kSyllables[(i * 7) % syllables]);
    }
    double sum = 0;
    for (int r = 0; r < m_vocabulary.size(); ++r) {
        sum += 1.0 / std::pow(r + 1.0, 1.05);
        m_cumulative << sum;
    }
    for (double &c : m_cumulative)
        c /= sum;
}

QString BenchCorpus::word()
{
    const double u = m_random.generateDouble();
    const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), u);
    return m_vocabulary[int(std::min<qsizetype>(it - m_cumulative.cbegin(), m_vocabulary.size() - 1))];
}

QByteArray BenchCorpus::text(qsizetype bytes)
{
    QString out;
    out.reserve(bytes + 256);
    while (out.size() < bytes) {
        const int sentences = 3 + int(m_random.bounded(4));
        for (int s = 0; s < sentences; ++s) {
            const int words = 8 + int(m_random.bounded(13));
            QString sentence;
            for (int w = 0; w < words; ++w)
                sentence += (w ? QStringLiteral(" ") : QString()) + word();
            sentence[0] = sentence[0].toUpper();
            out += sentence + QStringLiteral(". ");
        }
        out += QStringLiteral("\n\n");
    }
    return out.toUtf8();
}

QVector<QByteArray> BenchCorpus::realText(int count, qsizetype bytes)
{
    QStringList paths;
    for (const QString &dir : {QStringLiteral("/usr/share/common-licenses")}) {
        for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
            paths << f.absoluteFilePath();
    }
    for (const QFileInfo &d :
         QDir(QStringLiteral("/usr/share/doc")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        paths << d.absoluteFilePath() + QStringLiteral("/copyright");
    QByteArray pool;
    for (const QString &p : std::as_const(paths)) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            pool += f.readAll() + "\n\n";
    }
    QVector<QByteArray> docs;
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        QByteArray doc = "Document " + QByteArray::number(i) + "\n\n";
        while (doc.size() < bytes) {
            const qsizetype take = std::min<qsizetype>(bytes - doc.size(), pool.size() - at);
            doc += pool.mid(at, take);
            at = (at + take) % pool.size();
        }
        docs << doc;
    }
    return docs;
}

QString BenchCorpus::question()
{
    QStringList words;
    const int n = 4 + int(m_random.bounded(5));
    for (int i = 0; i < n; ++i)
        words << word();
    return words.join(QLatin1Char(' ')) + QLatin1Char('?');
}
