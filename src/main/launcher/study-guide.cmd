@echo off
rem Runs the study guide's build with the JVM settings it starts fastest with (see target/study-guide).
setlocal
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "quick=${jvm.quick} ${jvm.codecache}"
if "%~1"=="serve" set "quick="
set "archive="
if exist "%here%study-guide.jsa" set "archive=-XX:SharedArchiveFile=%here%study-guide.jsa -Xlog:cds*=off"
"%java%" ${jvm.stack} ${jvm.collector} %quick% %archive% %STUDY_GUIDE_JAVA_OPTS% -Dstudy-guide.launched=script -jar "%here%${project.build.finalName}.jar" %*
exit /b %ERRORLEVEL%
