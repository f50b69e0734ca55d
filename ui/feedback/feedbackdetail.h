#pragma once

#include "feedback/feedbackentry.h"

#include <QScrollArea>

class QLabel;

namespace aistack {

class MarkdownView;
class WrappedLabel;

// One piece of feedback in full: thumbs, time, user, configuration id and conversation; the problem when the
// stored row could not be read in full; categories; the comment; the question; the answer rendered from
// Markdown as the chat shows it. All text selectable.
class FeedbackDetail : public QScrollArea
{
    Q_OBJECT
public:
    explicit FeedbackDetail(QWidget *parent = nullptr);

    void show(const FeedbackEntry &entry);
    void clear(const QString &hint);
    const QString &entryId() const { return m_id; }

    WrappedLabel *headerLabel() const { return m_header; }
    WrappedLabel *problemLabel() const { return m_problem; }
    WrappedLabel *categoriesLabel() const { return m_categories; }
    WrappedLabel *commentLabel() const { return m_comment; }
    WrappedLabel *questionLabel() const { return m_question; }
    MarkdownView *answerView() const { return m_answer; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QString m_id;
    WrappedLabel *m_hint;
    QWidget *m_body;
    WrappedLabel *m_header;
    WrappedLabel *m_problem;
    WrappedLabel *m_categories;
    WrappedLabel *m_comment;
    WrappedLabel *m_question;
    MarkdownView *m_answer;
    QVector<QLabel *> m_captions;
};

} // namespace aistack
