# Sanitized builds: AISTACK_SANITIZE=address (AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer)
# or AISTACK_SANITIZE=thread (ThreadSanitizer). Every target of the build is instrumented, the tests included;
# the tests CMake sets the run-time options and suppressions (tools/sanitizers/) so that `ctest` needs nothing
# more. Qt, llama.cpp and the system libraries are not instrumented. See docs/sanitizers.md.
set(AISTACK_SANITIZE "" CACHE STRING "Build with sanitizers: empty (none), address (ASan+UBSan) or thread (TSan)")
set_property(CACHE AISTACK_SANITIZE PROPERTY STRINGS "" address thread)

set(AISTACK_SANITIZER_DIR "${CMAKE_CURRENT_LIST_DIR}/../tools/sanitizers")
get_filename_component(AISTACK_SANITIZER_DIR "${AISTACK_SANITIZER_DIR}" ABSOLUTE)

if(AISTACK_SANITIZE STREQUAL "address")
    set(_aistack_sanitize_flags -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
elseif(AISTACK_SANITIZE STREQUAL "thread")
    set(_aistack_sanitize_flags -fsanitize=thread -fno-omit-frame-pointer)
elseif(NOT AISTACK_SANITIZE STREQUAL "")
    message(FATAL_ERROR "AISTACK_SANITIZE must be empty, address or thread (got '${AISTACK_SANITIZE}')")
endif()

if(_aistack_sanitize_flags)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "AISTACK_SANITIZE needs GCC or Clang")
    endif()
    add_compile_options(${_aistack_sanitize_flags})
    add_link_options(${_aistack_sanitize_flags})
    message(STATUS "Sanitizers: ${AISTACK_SANITIZE} (${_aistack_sanitize_flags})")
endif()

# An instrumented compile costs several times a plain one: in sanitized builds the libraries share
# precompiled Qt headers. Called once the library targets exist.
function(aistack_sanitized_headers)
    if(NOT _aistack_sanitize_flags)
        return()
    endif()
    set(_core <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QFuture> <QHash>
        <QJsonArray> <QJsonDocument> <QJsonObject> <QLoggingCategory> <QMutex> <QObject> <QRegularExpression>
        <QSet> <QSqlQuery> <QString> <QStringList> <QThread> <QTimer> <QVector> <QtConcurrent>
        <functional> <memory> <optional>)
    target_precompile_headers(aistack_core PRIVATE ${_core})
    target_precompile_headers(aistack_server PRIVATE ${_core} <QHttpServer> <QHttpServerRequest>
        <QTcpSocket> <QUrlQuery> <QWebSocket>)
    target_precompile_headers(aistack_ui PRIVATE ${_core} <QAction> <QApplication> <QCheckBox> <QComboBox>
        <QDialog> <QDialogButtonBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QLocale> <QMenu>
        <QMessageBox> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
endfunction()
