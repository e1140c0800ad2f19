//! A key-value store: localStorage in the browser, a map in tests.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// Why the store refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is disabled or blocked (private mode, a policy, no window).
    Unavailable,
    /// Storage is full.
    QuotaExceeded,
}

/// The few operations the app needs from a store of strings.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store, which can be told to fail like a full or blocked localStorage.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    failure: Cell<Option<StoreErrorKind>>,
}

#[derive(Debug, Clone, Copy)]
enum StoreErrorKind {
    Unavailable,
    Quota,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// From now on every call fails as if storage were disabled.
    pub fn fail_unavailable(&self) {
        self.failure.set(Some(StoreErrorKind::Unavailable));
    }

    /// From now on every write fails as if storage were full.
    pub fn fail_quota(&self) {
        self.failure.set(Some(StoreErrorKind::Quota));
    }

    fn check(&self, write: bool) -> Result<(), StoreError> {
        match self.failure.get() {
            Some(StoreErrorKind::Unavailable) => Err(StoreError::Unavailable),
            Some(StoreErrorKind::Quota) if write => Err(StoreError::QuotaExceeded),
            _ => Ok(()),
        }
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check(false)?;
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check(true)?;
        self.map.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.check(true)?;
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check(false)?;
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
