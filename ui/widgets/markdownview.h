#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace aistack {

class CodeBlock;

// A message rendered from Markdown (Qt's own reader): paragraphs, lists, emphasis, tables and links as
// selectable text, and each fenced code block as a CodeBlock with a Copy button. setMarkdown() may be called
// again and again while an answer streams: the widgets are kept and only the changed parts are set.
class MarkdownView : public QWidget
{
    Q_OBJECT
public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdown(const QString &markdown);
    QString markdown() const { return m_markdown; }
    // The text a person sees (for tests and for screen readers).
    QString plainText() const;
    QVector<CodeBlock *> codeBlocks() const;

    struct Segment
    {
        bool code = false;
        QString language;
        QString text;
    };
    // Prose and fenced code blocks, in order; an unclosed fence (an answer still streaming) is code.
    static QVector<Segment> split(const QString &markdown);

Q_SIGNALS:
    void linkActivated(const QString &link);

private:
    QVBoxLayout *m_layout;
    QVector<QWidget *> m_parts;
    QString m_markdown;
};

} // namespace aistack
