#pragma once

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;

namespace aistack {

// Feedback on an answer, as POST /v1/feedback takes it: the thumb, optional categories and a comment.
class FeedbackDialog : public QDialog
{
    Q_OBJECT
public:
    FeedbackDialog(int sentiment, QWidget *parent = nullptr);

    // The Lightspeed category names chosen (incorrect, not_relevant, ...).
    QStringList categories() const;
    QString comment() const;

    // Every category: (wire name, label for a person).
    static QVector<QPair<QString, QString>> allCategories();

private:
    QVector<QPair<QString, QCheckBox *>> m_boxes;
    QPlainTextEdit *m_comment;
};

} // namespace aistack
