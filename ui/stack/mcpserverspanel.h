#pragma once

#include "mcp/mcpregistry.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace aistack {

class DesktopTools;

// The Stack pane's MCP servers: each configured server with its state (online, unreachable and why, not
// checked yet) and, under it, its tools with their descriptions. Refresh lists them again; a selected
// tool can be tried with "Test call": its arguments (JSON, started from the tool's schema) go to the
// server, and its answer shows below, as the model would get it.
class McpServersPanel : public QWidget
{
    Q_OBJECT
public:
    McpServersPanel(DesktopTools *tools, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *argumentsEdit() const { return m_arguments; }
    QPlainTextEdit *resultView() const { return m_result; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *refreshButton() const { return m_refresh; }
    // Shows these states (the panel asks for them itself; public for the tests).
    void showStates(const QVector<McpServerState> &states);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void testCall();
    void selectionChanged();

    DesktopTools *m_tools;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_refresh;
    QPushButton *m_test;
    QLabel *m_argumentsLabel;
    QLabel *m_resultLabel;
    QPlainTextEdit *m_arguments;
    QPlainTextEdit *m_result;
    QVector<McpServerState> m_states;
    bool m_listedOnce = false;
};

} // namespace aistack
