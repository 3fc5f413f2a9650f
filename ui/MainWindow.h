#pragma once

// The workbench's main window (placeholder until the workbench lands).

#include <QMainWindow>

namespace cs::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace cs::ui
