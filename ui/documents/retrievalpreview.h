#pragma once

#include "conversations/answerdetails.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace aistack {

class DesktopDocuments;

// "Why did the answer cite that?": type a question and see exactly the passages the chat would be given,
// best first, with their scores, files and pages.
class RetrievalPreview : public QWidget
{
    Q_OBJECT
public:
    RetrievalPreview(DesktopDocuments *documents, QWidget *parent = nullptr);

    QLineEdit *questionField() const { return m_question; }
    QTreeWidget *results() const { return m_results; }
    void search(const QString &question);

Q_SIGNALS:
    void searched(int passages);
    void sourceActivated(const aistack::CitedPassage &source);

private:
    DesktopDocuments *m_documents;
    QLineEdit *m_question;
    QLabel *m_state;
    QTreeWidget *m_results;
    QVector<CitedPassage> m_passages;
    int m_generation = 0;
};

} // namespace aistack
