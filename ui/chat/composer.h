#pragma once

#include <QPlainTextEdit>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace aistack {

// The question box: Enter sends, Shift+Enter starts a new line.
class PromptEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PromptEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;

Q_SIGNALS:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// The bottom of the chat: the question box, the model to ask, "Use my documents", and Send (Stop while an
// answer is written). While the last question is edited, a banner says so.
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    PromptEdit *editor() const { return m_edit; }
    QComboBox *modelPicker() const { return m_models; }
    QCheckBox *useDocuments() const { return m_useDocuments; }
    QPushButton *sendButton() const { return m_send; }

    QString text() const;
    void setText(const QString &text);
    void setBusy(bool busy); // an answer is being written: Send becomes Stop
    bool isBusy() const { return m_busy; }
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void stopRequested();
    void editCancelled();

private:
    void submit();

    QLabel *m_banner;
    QToolButton *m_cancelEdit;
    PromptEdit *m_edit;
    QComboBox *m_models;
    QCheckBox *m_useDocuments;
    QPushButton *m_send;
    bool m_busy = false;
    bool m_editing = false;
};

} // namespace aistack
