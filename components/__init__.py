"""Reusable Streamlit and plotly render functions for the PolicyLens pages."""
