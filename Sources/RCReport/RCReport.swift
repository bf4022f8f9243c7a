public enum RCReportModule {}
