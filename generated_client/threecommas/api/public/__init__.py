"""Operations tagged Public."""
