#include "formatparsers.h"

#include <QCoreApplication>
#include <QMutex>
#include <poppler/qt6/poppler-qt6.h>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfParser)
};

void quietPoppler(const QString &, const QVariant &) {} // damaged files are reported as one clear error

QMutex &popplerMutex()
{
    // Poppler keeps process-wide state (fonts, error callback); documents are read one at a time.
    static QMutex mutex;
    return mutex;
}
} // namespace

bool parsePdf(const QByteArray &bytes, ParsedDocument *doc, QString *error)
{
    doc->format = QStringLiteral("pdf");
    QMutexLocker lock(&popplerMutex());
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) {
        *error = Tr::tr("the PDF cannot be read (damaged or not a PDF)");
        return false;
    }
    if (pdf->isLocked()) {
        *error = Tr::tr("the PDF is protected by a password");
        return false;
    }
    doc->title = pdf->info(QStringLiteral("Title")).trimmed();
    doc->pageCount = pdf->numPages();
    if (doc->pageCount <= 0) {
        *error = Tr::tr("the PDF has no pages (damaged?)");
        return false;
    }
    for (int i = 0; i < doc->pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        // NFKC folds the typographic ligatures fonts use ("ﬁ" -> "fi") so that words can be found.
        if (page)
            addParagraphs(page->text(QRectF()).normalized(QString::NormalizationForm_KC), doc, i + 1);
    }
    return true;
}

} // namespace aistack
