//! The application services: one function per use case (register for a session, approve an
//! application, plan a session, …), called by the HTTP handlers, the command line and the
//! demo alike. A service checks what the aggregates cannot know alone (the read models, the
//! clock), derives ids, runs the commands and waits until the read models show them.

pub mod accounts;
