#pragma once

#include <QMap>
#include <QPlainTextEdit>

namespace aistack {

class YamlHighlighter;

// The Stack pane's text editor: YAML with line numbers, syntax colours and the validation problems
// underlined with a wave at their lines (their messages as the line's tooltip).
class YamlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit YamlEditor(QWidget *parent = nullptr);

    // line (1-based) -> the problems found at it; replaces the earlier ones.
    void setProblems(const QMap<int, QStringList> &problems);
    const QMap<int, QStringList> &problems() const { return m_problems; }
    // Puts the cursor at the start of the line's text and shows it.
    void goToLine(int line);
    // The lines whose text is underlined as a problem (for tests and the accessibility description).
    QList<int> underlinedLines() const;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateSelections();

    QWidget *m_lineNumbers;
    YamlHighlighter *m_highlighter;
    QMap<int, QStringList> m_problems;
};

} // namespace aistack
