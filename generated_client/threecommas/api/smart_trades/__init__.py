"""Operations tagged SmartTrades."""
