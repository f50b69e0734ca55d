#include "turnwidget.h"

#include "sourceslist.h"
#include "toolcallslist.h"
#include "widgets/markdownview.h"
#include "widgets/palettecolors.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace aistack {

namespace {
// The question's bubble: a rounded surface tinted with the palette's accent, painted in the colours of the
// palette in force when it paints.
class Bubble : public QFrame
{
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(PaletteColors::tint(palette()));
        painter.drawRoundedRect(rect(), 8, 8);
    }
};
} // namespace

TurnWidget::TurnWidget(QWidget *parent)
    : QFrame(parent), m_question(new MarkdownView), m_modelLabel(new QLabel), m_answer(new MarkdownView),
      m_status(new QLabel), m_meta(new QLabel), m_version(new QLabel), m_sources(new SourcesList),
      m_toolCalls(new ToolCallsList), m_approval(new QFrame), m_approvalText(new QLabel),
      m_allow(new QPushButton(tr("&Allow"))), m_allowAlways(new QPushButton(tr("Always allow &this tool"))),
      m_deny(new QPushButton(tr("&Deny")))
{
    setObjectName(QStringLiteral("turn"));
    setFocusPolicy(Qt::NoFocus);

    // The question, on the alternate base colour, right-aligned as in every chat app.
    auto *questionBubble = new Bubble(this);
    auto *you = new QLabel(tr("You"), questionBubble);
    QFont bold = you->font();
    bold.setBold(true);
    you->setFont(bold);
    m_edit = tool(QStringLiteral("editQuestion"), tr("Edit"), tr("Edit this question and ask again"));
    auto *questionHeader = new QHBoxLayout;
    questionHeader->addWidget(you);
    questionHeader->addStretch(1);
    questionHeader->addWidget(m_edit);
    auto *questionLayout = new QVBoxLayout(questionBubble);
    questionLayout->setContentsMargins(10, 6, 10, 8);
    questionLayout->addLayout(questionHeader);
    questionLayout->addWidget(m_question);
    m_question->setParent(questionBubble);
    m_question->setAccessibleName(tr("Question"));
    auto *questionRow = new QHBoxLayout;
    questionRow->addStretch(1);
    questionRow->addWidget(questionBubble, 6);

    // The answer.
    auto *assistant = new QLabel(tr("Assistant"), this);
    assistant->setFont(bold);
    m_modelLabel->setForegroundRole(QPalette::PlaceholderText);
    m_modelLabel->setObjectName(QStringLiteral("answerModel"));
    auto *answerHeader = new QHBoxLayout;
    answerHeader->addWidget(assistant);
    answerHeader->addWidget(m_modelLabel);
    answerHeader->addStretch(1);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setAccessibleName(tr("Answer"));
    m_status->setObjectName(QStringLiteral("answerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setObjectName(QStringLiteral("answerMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setAccessibleName(tr("Answer details"));

    m_previous = tool(QStringLiteral("previousVersion"), QStringLiteral("‹"), tr("Previous version"));
    m_next = tool(QStringLiteral("nextVersion"), QStringLiteral("›"), tr("Next version"));
    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_copy = tool(QStringLiteral("copyAnswer"), tr("Copy"), tr("Copy the answer"));
    m_regenerate = tool(QStringLiteral("regenerate"), tr("Regenerate"),
                        tr("Regenerate the answer (the earlier one is kept as a version)"));
    m_up = tool(QStringLiteral("thumbsUp"), tr("Good"), tr("Good answer"));
    m_down = tool(QStringLiteral("thumbsDown"), tr("Bad"), tr("Bad answer"));
    m_up->setIcon(QIcon(QStringLiteral(":/icons/icons/thumb-up.svg")));
    m_down->setIcon(QIcon(QStringLiteral(":/icons/icons/thumb-down.svg")));
    for (QToolButton *b : {m_up, m_down})
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_retry = tool(QStringLiteral("retry"), tr("Try again"), tr("Ask this question again"));
    for (QToolButton *b : {m_up, m_down})
        b->setCheckable(true);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(2);
    actions->addWidget(m_previous);
    actions->addWidget(m_version);
    actions->addWidget(m_next);
    actions->addSpacing(8);
    actions->addWidget(m_copy);
    actions->addWidget(m_regenerate);
    actions->addWidget(m_retry);
    actions->addWidget(m_up);
    actions->addWidget(m_down);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 10, 4, 10);
    layout->setSpacing(4);
    layout->addLayout(questionRow);
    layout->addSpacing(4);
    layout->addLayout(answerHeader);
    layout->addWidget(m_toolCalls);
    layout->addWidget(m_approval);
    layout->addWidget(m_answer);
    layout->addWidget(m_status);
    layout->addWidget(m_meta);
    layout->addLayout(actions);
    layout->addWidget(m_sources);
    m_answer->setParent(this);
    m_sources->setParent(this);
    m_toolCalls->setParent(this);
    // The model's tool calls wait here for the person: what would run, and Allow / Always allow / Deny.
    m_approval->setParent(this);
    m_approval->setObjectName(QStringLiteral("toolApproval"));
    static_cast<QFrame *>(m_approval)->setFrameShape(QFrame::StyledPanel);
    m_approvalText->setObjectName(QStringLiteral("toolApprovalText"));
    m_approvalText->setWordWrap(true);
    m_approvalText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allow->setObjectName(QStringLiteral("allowToolCall"));
    m_allowAlways->setObjectName(QStringLiteral("allowToolAlways"));
    m_deny->setObjectName(QStringLiteral("denyToolCall"));
    m_allow->setToolTip(tr("Run these calls once"));
    m_allowAlways->setToolTip(
        tr("Run them, and run calls of these tools without asking until aistack stops"));
    m_deny->setToolTip(tr("Do not run them: the model is told they were not allowed"));
    auto *approvalButtons = new QHBoxLayout;
    approvalButtons->addWidget(m_allow);
    approvalButtons->addWidget(m_allowAlways);
    approvalButtons->addWidget(m_deny);
    approvalButtons->addStretch(1);
    auto *approvalLayout = new QVBoxLayout(m_approval);
    approvalLayout->addWidget(m_approvalText);
    approvalLayout->addLayout(approvalButtons);
    m_approval->hide();
    connect(m_allow, &QPushButton::clicked, this, [this]() { Q_EMIT approvalGiven(0); });
    connect(m_allowAlways, &QPushButton::clicked, this, [this]() { Q_EMIT approvalGiven(1); });
    connect(m_deny, &QPushButton::clicked, this, [this]() { Q_EMIT approvalGiven(2); });

    connect(m_copy, &QToolButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_turn.answer);
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy, [this]() { m_copy->setText(tr("Copy")); });
    });
    connect(m_regenerate, &QToolButton::clicked, this, &TurnWidget::regenerateRequested);
    connect(m_edit, &QToolButton::clicked, this, &TurnWidget::editRequested);
    connect(m_retry, &QToolButton::clicked, this, &TurnWidget::retryRequested);
    connect(m_previous, &QToolButton::clicked, this,
            [this]() { Q_EMIT versionRequested(m_turn.selectedVersion - 1); });
    connect(m_next, &QToolButton::clicked, this,
            [this]() { Q_EMIT versionRequested(m_turn.selectedVersion + 1); });
    connect(m_up, &QToolButton::clicked, this, [this]() {
        m_up->setChecked(m_turn.sentiment == 1);
        Q_EMIT feedbackRequested(1);
    });
    connect(m_down, &QToolButton::clicked, this, [this]() {
        m_down->setChecked(m_turn.sentiment == -1);
        Q_EMIT feedbackRequested(-1);
    });
    connect(m_sources, &SourcesList::sourceActivated, this, &TurnWidget::sourceActivated);
    connect(m_answer, &MarkdownView::linkActivated, this, [](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url); // links in an answer open in the browser, nothing else does
    });
}

void TurnWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setTurn(m_turn); // the status colours follow the palette
}

QToolButton *TurnWidget::tool(const QString &objectName, const QString &text, const QString &accessible)
{
    auto *b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(accessible);
    b->setAccessibleName(accessible);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

QString TurnWidget::describe(const TurnView &t)
{
    const QLocale locale;
    QStringList parts;
    const AnswerDetails &d = t.details;
    if (d.firstTokenMs >= 0)
        parts << tr("first token %1 s").arg(locale.toString(d.firstTokenMs / 1000.0, 'f', 2));
    const qint64 generating = d.firstTokenMs >= 0 ? d.durationMs - d.firstTokenMs : -1;
    if (const double rate = d.tokensPerSecond(); rate > 0 && generating >= 50) // not for answers made at once
        parts << tr("%1 tokens/s").arg(locale.toString(rate, 'f', 1));
    if (d.inputTokens > 0 || d.outputTokens > 0)
        parts << (d.tokensEstimated ? tr("~%1 → ~%2 tokens") : tr("%1 → %2 tokens"))
                     .arg(locale.toString(d.inputTokens), locale.toString(d.outputTokens));
    if (d.durationMs >= 0 && d.firstTokenMs < 0)
        parts << tr("%1 s").arg(locale.toString(d.durationMs / 1000.0, 'f', 2));
    if (!t.configId.isEmpty())
        parts << tr("configuration %1").arg(t.configId);
    return parts.join(QStringLiteral(" · "));
}

void TurnWidget::setTurn(const TurnView &t)
{
    m_turn = t;
    m_question->setMarkdown(t.question);
    m_modelLabel->setText(t.model);
    m_answer->setMarkdown(t.answer);
    m_answer->setVisible(!t.answer.isEmpty());

    QString status;
    if (!t.error.isEmpty())
        status = t.error;
    else if (t.streaming)
        status = !t.awaitingApproval.isEmpty() ? tr("Waiting for your answer…")
                 : !t.answer.isEmpty()         ? tr("Writing…")
                 : !t.details.toolRuns.isEmpty() && t.details.toolRuns.constLast().durationMs < 0
                     ? tr("Calling %1…").arg(t.details.toolRuns.constLast().name)
                     : tr("Thinking…");
    else if (t.details.status == AnswerDetails::Status::Stopped)
        status =
            t.answer.isEmpty() ? tr("Stopped before the model answered.") : tr("Stopped before the end.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               t.error.isEmpty() ? PaletteColors::secondary(palette()) : PaletteColors::error(palette()));
    m_status->setPalette(p);

    const bool done = !t.streaming && t.error.isEmpty() && t.turnId > 0;
    m_meta->setText(done ? describe(t) : QString());
    m_meta->setVisible(done && !m_meta->text().isEmpty());

    const bool versions = t.versionCount > 1 && done;
    m_previous->setVisible(versions);
    m_next->setVisible(versions);
    m_version->setVisible(versions);
    m_version->setText(tr("%1/%2").arg(t.selectedVersion + 1).arg(t.versionCount));
    m_version->setAccessibleName(tr("Version %1 of %2").arg(t.selectedVersion + 1).arg(t.versionCount));
    m_previous->setEnabled(!t.busy && t.selectedVersion > 0);
    m_next->setEnabled(!t.busy && t.selectedVersion + 1 < t.versionCount);

    m_copy->setVisible(!t.answer.isEmpty() && !t.streaming);
    m_regenerate->setVisible(done && t.last);
    m_regenerate->setEnabled(!t.busy);
    m_edit->setVisible(t.last && !t.streaming && t.turnId > 0);
    m_edit->setEnabled(!t.busy);
    m_retry->setVisible(!t.error.isEmpty() && t.last);
    m_retry->setEnabled(!t.busy);
    m_up->setVisible(done);
    m_down->setVisible(done);
    m_up->setChecked(t.sentiment == 1);
    m_down->setChecked(t.sentiment == -1);
    m_sources->setSources(t.details.sources);
    m_toolCalls->setRuns(t.details.toolRuns);
    if (!t.awaitingApproval.isEmpty()) {
        QStringList calls;
        for (const ToolRun &run : t.awaitingApproval)
            calls << tr("%1 on %2 with %3").arg(run.name, run.server, run.arguments.left(300));
        m_approvalText->setText(tr("The model wants to call:\n%1").arg(calls.join(QLatin1Char('\n'))));
        m_approval->setAccessibleName(m_approvalText->text());
    }
    m_approval->setVisible(!t.awaitingApproval.isEmpty());
}

} // namespace aistack
