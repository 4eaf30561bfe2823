//! Boot step of the screenshot build: the fake backend stands in for Tauri,
//! and Object.prototype is frozen as Tauri's `freezePrototype: true` does, so
//! a library that patches built-ins fails here too.
import { installFromQuery } from './mock/install';

installFromQuery(location.search);
Object.freeze(Object.prototype);
