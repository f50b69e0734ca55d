#pragma once

#include "turnview.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace aistack {

class MarkdownView;
class SourcesList;
class ToolCallsList;

// One question and its answer in the messages view: the question, the answer rendered from Markdown, what
// produced it (the MCP tool calls made on the way, collapsible; model, time to first token, tokens/s, token
// counts), the version switcher ‹ 1/2 ›, Copy, Regenerate, Edit, thumbs up and down, and the sources. Every
// control is a real, labelled widget, reachable with Tab.
class TurnWidget : public QFrame
{
    Q_OBJECT
public:
    explicit TurnWidget(QWidget *parent = nullptr);

    void setTurn(const TurnView &turn);
    const TurnView &turn() const { return m_turn; }

    MarkdownView *answerView() const { return m_answer; }
    MarkdownView *questionView() const { return m_question; }
    SourcesList *sources() const { return m_sources; }
    ToolCallsList *toolCalls() const { return m_toolCalls; }
    QWidget *approvalBar() const { return m_approval; }
    QPushButton *allowButton() const { return m_allow; }
    QPushButton *allowAlwaysButton() const { return m_allowAlways; }
    QPushButton *denyButton() const { return m_deny; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *metaLabel() const { return m_meta; }

    // "first token 0.42 s · 31.2 tokens/s · 512 → 120 tokens" for a finished answer.
    static QString describe(const TurnView &turn);

Q_SIGNALS:
    void regenerateRequested();
    void editRequested();
    void versionRequested(int version);
    void feedbackRequested(int sentiment);
    void sourceActivated(const aistack::CitedPassage &source);
    void retryRequested();
    // The person's answer to the tool calls awaiting approval: 0 allow, 1 always allow these tools, 2 deny.
    void approvalGiven(int choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *tool(const QString &objectName, const QString &text, const QString &accessible);

    TurnView m_turn;
    MarkdownView *m_question;
    QLabel *m_modelLabel;
    MarkdownView *m_answer;
    QLabel *m_status;
    QLabel *m_meta;
    QToolButton *m_previous;
    QLabel *m_version;
    QToolButton *m_next;
    QToolButton *m_copy;
    QToolButton *m_regenerate;
    QToolButton *m_edit;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_retry;
    SourcesList *m_sources;
    ToolCallsList *m_toolCalls;
    QWidget *m_approval;
    QLabel *m_approvalText;
    QPushButton *m_allow;
    QPushButton *m_allowAlways;
    QPushButton *m_deny;
};

} // namespace aistack
