public enum RCIngestModule {}
