"""Tables and pictures computed from reports for the dashboard and exports (pandas, never streamlit)."""
