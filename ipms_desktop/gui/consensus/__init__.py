"""The team lead's consensus workspace: individual scores side by side, agreed scores, texts."""
