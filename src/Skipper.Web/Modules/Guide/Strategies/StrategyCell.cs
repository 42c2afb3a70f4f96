namespace Skipper.Web.Modules.Guide.Strategies;

/// <summary>What the partial _Strategy shows: one strategy, whether I marked it, and the view to come back to.</summary>
public sealed record StrategyCell(Strategy Strategy, bool Marked, string? View);
