#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace aistack {

class DesktopDocuments;
class DesktopServices;
class IngestItemModel;
class IngestProgressPanel;
class RetrievalPreview;
class SourceOpener;
struct IngestProgress;

// The Documents pane: per rag tool of the desktop stack (a collection), its documents and its ingestion
// queue in one table (name, type, size, pages, chunks, added, status), with totals; add files or whole
// folders by dialog or by dropping them on the pane; progress a person can trust, with Cancel; failures on
// their row with Retry; remove and re-index; watched folders; and a retrieval preview that shows the
// passages the chat would get. Ingestion goes on while the person is elsewhere, and after a restart.
class DocumentsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsPane(DesktopServices *services, QWidget *parent = nullptr);

    QComboBox *toolPicker() const { return m_tools; }
    QTableView *table() const { return m_table; }
    IngestItemModel *model() const { return m_model; }
    IngestProgressPanel *progressPanel() const { return m_progress; }
    RetrievalPreview *preview() const { return m_preview; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *noticeLabel() const { return m_notice; }
    QListWidget *watchedList() const { return m_watched; }

    void addPaths(const QStringList &paths);
    void removeSelected(bool confirm = true);
    void retrySelected();
    void reindexSelected();
    void reindexAll();
    void retryFailed();
    void reload();

Q_SIGNALS:
    // The table shows the tool's items (after a reload).
    void loaded(int rows);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QVector<qint64> selectedIds() const;
    void updateTotals();
    void setNotice(const QString &message);
    void refreshTools(); // the rag tools of the stack in force, the one shown kept when it still exists
    void showWhetherThereIsACollection();
    void showMenu(const QPoint &pos);
    void refreshWatched();

    DesktopDocuments *m_documents;
    QComboBox *m_tools;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_watch;
    QPushButton *m_retryFailed;
    QList<QWidget *> m_addControls; // what adds documents: disabled while the stack has no rag tool
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    IngestProgressPanel *m_progress;
    QTableView *m_table;
    IngestItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_totals;
    QLabel *m_notice;
    QListWidget *m_watched;
    QLabel *m_watchedLabel;
    RetrievalPreview *m_preview;
    SourceOpener *m_opener;
    int m_generation = 0;
};

} // namespace aistack
