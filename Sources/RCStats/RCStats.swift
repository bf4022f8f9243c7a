public enum RCStatsModule {}
