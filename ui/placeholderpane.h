#pragma once

#include <QWidget>

namespace aistack {

// A pane that is not built yet: says what it will hold.
class PlaceholderPane : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPane(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace aistack
