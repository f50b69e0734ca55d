#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace aistack {

class WrappedLabel;

// The edited text against the configuration in force, line by line: removed lines in red with '-', added in
// green with '+', kept lines plain.
class DiffDialog : public QDialog
{
    Q_OBJECT
public:
    DiffDialog(const QString &runningId, const QByteArray &running, const QByteArray &edited,
               QWidget *parent = nullptr);

    QString summary() const;
    QString diffText() const;

private:
    WrappedLabel *m_summary;
    QPlainTextEdit *m_view;
};

} // namespace aistack
