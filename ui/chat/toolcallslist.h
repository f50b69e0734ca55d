#pragma once

#include "llm/llmtypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

namespace aistack {

// The MCP tool calls made for an answer, above it, one collapsible block each: a toggle "echo · json · 12 ms"
// (or "running…", or "failed"), and, opened, the arguments (JSON, indented) and the tool's result, both
// selectable. Every block is reachable with Tab and opens with Space.
class ToolCallsList : public QWidget
{
    Q_OBJECT
public:
    explicit ToolCallsList(QWidget *parent = nullptr);

    // A run with durationMs -1 is still running, -2 waits for the person's approval.
    void setRuns(const QVector<ToolRun> &runs);
    int blockCount() const;
    QToolButton *toggleAt(int index) const;
    bool isExpanded(int index) const;

    static QString headline(const ToolRun &run);

private:
    struct Block
    {
        QToolButton *toggle = nullptr;
        QWidget *body = nullptr;
        QPlainTextEdit *arguments = nullptr;
        QPlainTextEdit *result = nullptr;
    };
    Block makeBlock();
    void fill(Block &block, const ToolRun &run);
    void setExpanded(Block &block, bool expanded);

    QVBoxLayout *m_layout;
    QVector<Block> m_blocks;
    QVector<ToolRun> m_runs;
};

} // namespace aistack
