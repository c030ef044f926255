@echo off
rem The study guide tool as installed from study-guide-<version>.zip (see bin/study-guide), for Windows.
rem It runs without a class-data-sharing archive: the Unix launcher records one and checks that it
rem still fits its folder and Java; here a build starts without it, a little slower, never with a warning.
setlocal
set "lib=%~dp0..\lib"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "quick=${jvm.quick} ${jvm.codecache}"
if "%~1"=="serve" set "quick="
"%java%" ${jvm.stack} ${jvm.collector} %quick% %STUDY_GUIDE_JAVA_OPTS% -Dstudy-guide.launched=script -cp "%lib%\*" org.kotkinguide.cli.Main %*
exit /b %ERRORLEVEL%
