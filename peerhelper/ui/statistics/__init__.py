"""The Statistics section: dashboard, report and exports (loaded when first opened)."""
