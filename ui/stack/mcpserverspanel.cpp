#include "mcpserverspanel.h"

#include "common/futurewatch.h"
#include "mcp/desktoptools.h"
#include "widgets/palettecolors.h"

#include <QJsonArray>

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aistack {

namespace {
enum Column { NameColumn, StateColumn, DetailColumn };
constexpr int kServerRole = Qt::UserRole + 1;
constexpr int kToolRole = Qt::UserRole + 2;
} // namespace

McpServersPanel::McpServersPanel(DesktopTools *tools, QWidget *parent)
    : QWidget(parent), m_tools(tools), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_test(new QPushButton(tr("&Test call"), this)),
      m_argumentsLabel(new QLabel(tr("Ar&guments (JSON): select a tool above"), this)),
      m_resultLabel(new QLabel(tr("Result"), this)), m_arguments(new QPlainTextEdit(this)),
      m_result(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("mcpServersPanel"));
    auto *title = new QLabel(tr("&MCP servers"), this);
    title->setObjectName(QStringLiteral("mcpServersTitle"));
    title->setBuddy(m_tree);
    m_summary->setObjectName(QStringLiteral("mcpSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("mcpServers"));
    m_tree->setAccessibleName(tr("MCP servers and their tools"));
    m_tree->setHeaderLabels({tr("Server or tool"), tr("State"), tr("Address or description")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMinimumHeight(m_tree->fontMetrics().lineSpacing() * 7);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_refresh->setObjectName(QStringLiteral("mcpRefresh"));
    m_refresh->setToolTip(tr("Ask every server for its tools again"));
    m_test->setObjectName(QStringLiteral("mcpTestCall"));
    m_test->setToolTip(tr("Call the selected tool with these arguments, as the model would"));
    m_test->setEnabled(false);
    for (QPlainTextEdit *e : {m_arguments, m_result}) {
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        e->setTabChangesFocus(true);
        e->setMaximumHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    }
    m_arguments->setObjectName(QStringLiteral("mcpArguments"));
    m_arguments->setAccessibleName(tr("Arguments of the test call (JSON)"));
    m_arguments->setPlaceholderText(tr("Select a tool above; its arguments go here as JSON."));
    m_result->setObjectName(QStringLiteral("mcpResult"));
    m_result->setAccessibleName(tr("Result of the test call"));
    m_result->setReadOnly(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_summary, 1);
    header->addWidget(m_refresh);
    m_argumentsLabel->setBuddy(m_arguments);
    m_resultLabel->setBuddy(m_result);
    auto *argumentsBox = new QVBoxLayout;
    argumentsBox->setSpacing(2);
    argumentsBox->addWidget(m_argumentsLabel);
    argumentsBox->addWidget(m_arguments);
    auto *call = new QHBoxLayout;
    call->addLayout(argumentsBox, 1);
    auto *callButtons = new QVBoxLayout;
    callButtons->addWidget(m_test);
    callButtons->addStretch(1);
    call->addLayout(callButtons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
    layout->addLayout(call);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_result);
    setTabOrder(m_refresh, m_tree);
    setTabOrder(m_tree, m_arguments);
    setTabOrder(m_arguments, m_test);
    setTabOrder(m_test, m_result);

    connect(m_refresh, &QPushButton::clicked, this, &McpServersPanel::refresh);
    connect(m_test, &QPushButton::clicked, this, &McpServersPanel::testCall);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &McpServersPanel::selectionChanged);
    m_result->hide();
    m_resultLabel->hide();
    showStates(m_tools ? m_tools->states() : QVector<McpServerState>());
}

void McpServersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Listed again when a person looks, not when the window is built (the checks list them every 5 s).
    if (!m_listedOnce && m_tools && !m_states.isEmpty()) {
        m_listedOnce = true;
        refresh();
    }
}

void McpServersPanel::refresh()
{
    if (!m_tools)
        return;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Asking the servers for their tools…"));
    whenReady(this, m_tools->refresh(), [this](const QVector<McpServerState> &states) {
        m_refresh->setEnabled(true);
        showStates(states);
    });
}

void McpServersPanel::showStates(const QVector<McpServerState> &states)
{
    m_states = states;
    const QString selectedServer =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, kServerRole).toString() : QString();
    const QString selectedTool =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, kToolRole).toString() : QString();
    m_tree->clear();
    int online = 0;
    int tools = 0;
    QTreeWidgetItem *reselect = nullptr;
    for (const McpServerState &s : states) {
        auto *server = new QTreeWidgetItem(m_tree);
        server->setData(0, kServerRole, s.config.name);
        server->setText(NameColumn, s.config.name);
        QString state;
        switch (s.status) {
        case McpServerState::Status::Online:
            state = tr("online · %n tool(s)", nullptr, int(s.tools.size()));
            ++online;
            tools += int(s.tools.size());
            break;
        case McpServerState::Status::Offline:
            state = tr("unreachable");
            break;
        case McpServerState::Status::NotChecked:
            state = tr("not checked yet");
            break;
        }
        server->setText(StateColumn, state);
        // The error names the address already.
        const QString detail = s.status == McpServerState::Status::Offline ? s.error : s.config.url;
        server->setText(DetailColumn, detail);
        server->setToolTip(DetailColumn, detail);
        if (s.status == McpServerState::Status::Offline)
            server->setForeground(StateColumn, PaletteColors::error(palette()));
        if (s.config.name == selectedServer && selectedTool.isEmpty())
            reselect = server;
        for (const McpTool &t : s.tools) {
            auto *tool = new QTreeWidgetItem(server);
            tool->setData(0, kServerRole, s.config.name);
            tool->setData(0, kToolRole, t.name);
            tool->setText(NameColumn, t.name);
            tool->setText(DetailColumn, t.description.section(QLatin1Char('\n'), 0, 0));
            // The description and the arguments the tool takes, from its schema.
            QStringList parameters;
            const QJsonObject properties = t.inputSchema.value(QLatin1String("properties")).toObject();
            const QJsonArray required = t.inputSchema.value(QLatin1String("required")).toArray();
            for (auto it = properties.begin(); it != properties.end(); ++it)
                parameters << (required.contains(it.key()) ? tr("%1 (%2, required)") : tr("%1 (%2)"))
                                  .arg(it.key(),
                                       it.value().toObject().value(QLatin1String("type")).toString());
            const QString tip =
                parameters.isEmpty()
                    ? t.description
                    : tr("%1\nArguments: %2").arg(t.description, parameters.join(QStringLiteral(", ")));
            tool->setToolTip(NameColumn, tip);
            tool->setToolTip(DetailColumn, tip);
            if (s.config.name == selectedServer && t.name == selectedTool)
                reselect = tool;
        }
        server->setExpanded(s.status == McpServerState::Status::Online && s.tools.size() <= 12);
    }
    if (states.isEmpty())
        m_summary->setText(tr("No MCP servers are configured (mcp_servers: name, url)."));
    else
        m_summary->setText(tr("%1 of %2 servers online, %n tool(s) for the models", nullptr, tools)
                               .arg(online)
                               .arg(states.size()));
    if (reselect)
        m_tree->setCurrentItem(reselect);
    m_refresh->setVisible(!states.isEmpty());
    m_tree->setVisible(!states.isEmpty());
    m_arguments->setVisible(!states.isEmpty());
    m_argumentsLabel->setVisible(!states.isEmpty());
    m_test->setVisible(!states.isEmpty());
}

void McpServersPanel::selectionChanged()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const QString tool = item ? item->data(0, kToolRole).toString() : QString();
    m_test->setEnabled(!tool.isEmpty());
    if (tool.isEmpty()) {
        m_argumentsLabel->setText(tr("Ar&guments (JSON): select a tool above"));
        return;
    }
    const QString server = item->data(0, kServerRole).toString();
    m_argumentsLabel->setText(tr("Ar&guments of %1 on %2 (JSON)").arg(tool, server));
    for (const McpServerState &s : std::as_const(m_states))
        if (s.config.name == server)
            for (const McpTool &t : s.tools)
                if (t.name == tool)
                    m_arguments->setPlainText(DesktopTools::argumentSkeleton(t.inputSchema));
}

void McpServersPanel::testCall()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_tools || !item || item->data(0, kToolRole).toString().isEmpty())
        return;
    const QString server = item->data(0, kServerRole).toString();
    const QString tool = item->data(0, kToolRole).toString();
    m_test->setEnabled(false);
    m_result->show();
    m_resultLabel->setText(tr("Result of %1 on %2").arg(tool, server));
    m_resultLabel->show();
    m_result->setPlainText(tr("Calling %1 on %2…").arg(tool, server));
    whenReady(this, m_tools->testCall(server, tool, m_arguments->toPlainText()), [this](const ToolRun &run) {
        m_test->setEnabled(true);
        const QString time = tr("%1 ms").arg(run.durationMs);
        m_result->setPlainText(
            (run.isError ? tr("Failed after %1:").arg(time) : tr("Answered in %1:").arg(time)) +
            QLatin1Char('\n') + run.response);
    });
}

} // namespace aistack
