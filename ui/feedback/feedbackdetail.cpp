#include "feedbackdetail.h"

#include "feedbackmodel.h"
#include "widgets/markdownview.h"
#include "widgets/palettecolors.h"
#include "widgets/wrappedlabel.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>

namespace aistack {

FeedbackDetail::FeedbackDetail(QWidget *parent)
    : QScrollArea(parent), m_hint(new WrappedLabel), m_body(new QWidget), m_header(new WrappedLabel),
      m_problem(new WrappedLabel), m_categories(new WrappedLabel), m_comment(new WrappedLabel),
      m_question(new WrappedLabel), m_answer(new MarkdownView)
{
    setObjectName(QStringLiteral("feedbackDetail"));
    setAccessibleName(tr("Feedback details"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto *page = new QWidget;
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(14, 10, 14, 12);
    m_hint->setObjectName(QStringLiteral("feedbackDetailHint"));
    outer->addWidget(m_hint);
    outer->addWidget(m_body);
    outer->addStretch(1);

    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_header->setObjectName(QStringLiteral("feedbackDetailHeader"));
    layout->addWidget(m_header);
    m_problem->setObjectName(QStringLiteral("feedbackDetailProblem"));
    layout->addWidget(m_problem);

    const auto section = [&](const QString &caption, QWidget *content, const char *name) {
        auto *label = new QLabel(caption);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_captions << label;
        content->setObjectName(QString::fromLatin1(name));
        layout->addSpacing(6);
        layout->addWidget(label);
        layout->addWidget(content);
    };
    section(tr("Categories"), m_categories, "feedbackDetailCategories");
    section(tr("Comment"), m_comment, "feedbackDetailComment");
    section(tr("Question"), m_question, "feedbackDetailQuestion");
    section(tr("Answer"), m_answer, "feedbackDetailAnswer");
    for (WrappedLabel *l : {m_header, m_problem, m_categories, m_comment, m_question, m_hint}) {
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    setWidget(page);
    applyColours();
    clear(tr("Select a row to see the feedback in full."));
}

void FeedbackDetail::clear(const QString &hint)
{
    m_id.clear();
    m_hint->setContent(hint);
    m_hint->setVisible(true);
    m_body->setVisible(false);
}

void FeedbackDetail::show(const FeedbackEntry &e)
{
    m_id = e.id;
    m_hint->setVisible(false);
    m_body->setVisible(true);
    const QString thumbs = FeedbackModel::sentimentText(e);
    const QString first = QStringList{thumbs, QLocale().toString(e.timestamp.toLocalTime(), QLocale::LongFormat),
                                      tr("user %1").arg(e.userId)}
                              .join(QStringLiteral(" · "));
    const QString second =
        QStringList{tr("conversation %1").arg(e.conversationId),
                    e.configId.isEmpty() ? tr("configuration not recorded") : tr("configuration %1").arg(e.configId)}
            .join(QStringLiteral(" · "));
    m_header->setContent(first + QLatin1Char('\n') + second);
    m_problem->setContent(tr("This row could not be read in full: %1").arg(e.problem));
    m_problem->setVisible(!e.problem.isEmpty());
    QStringList labels;
    for (const QString &c : e.categories.value_or(QStringList()))
        labels << FeedbackModel::categoryLabel(c);
    m_categories->setContent(labels.isEmpty() ? tr("None") : labels.join(QStringLiteral(", ")));
    m_comment->setContent(e.userFeedback && !e.userFeedback->isEmpty() ? *e.userFeedback : tr("None"));
    m_question->setContent(e.userQuestion);
    m_answer->setMarkdown(e.llmResponse);
    verticalScrollBar()->setValue(0);
}

void FeedbackDetail::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void FeedbackDetail::applyColours()
{
    QPalette secondary = palette();
    secondary.setColor(QPalette::WindowText, PaletteColors::secondary(palette()));
    m_hint->setPalette(secondary);
    m_header->setPalette(secondary);
    for (QLabel *caption : std::as_const(m_captions))
        caption->setPalette(secondary);
    QPalette error = palette();
    error.setColor(QPalette::WindowText, PaletteColors::error(palette()));
    m_problem->setPalette(error);
}

} // namespace aistack
