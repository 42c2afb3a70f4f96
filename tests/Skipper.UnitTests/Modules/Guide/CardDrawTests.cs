using Skipper.Web.Modules.Guide.Cards;

namespace Skipper.UnitTests.Modules.Guide;

public sealed class CardDrawTests
{
    private static readonly DrawCandidate Active1 = new(Guid.NewGuid(), 1, false);
    private static readonly DrawCandidate Retired2 = new(Guid.NewGuid(), 2, true);
    private static readonly DrawCandidate Active3 = new(Guid.NewGuid(), 3, false);
    private static readonly DrawCandidate Retired4 = new(Guid.NewGuid(), 4, true);

    [Fact]
    public void A_retired_card_is_never_drawn()
    {
        var random = new Random(6);
        var drawn = Enumerable.Range(0, 500).Select(_ => CardDraw.Pick([Active1, Retired2, Active3, Retired4], [], random)!.Number).ToHashSet();

        drawn.ShouldBe([1, 3], ignoreOrder: true);
    }

    [Fact]
    public void The_card_just_used_is_avoided_when_there_is_another()
    {
        var random = new Random(6);
        var drawn = Enumerable.Range(0, 200).Select(_ => CardDraw.Pick([Active1, Retired2, Active3], [Active1.Id], random)!.Number).ToHashSet();

        drawn.ShouldBe([3]);
    }

    [Fact]
    public void With_one_active_card_it_is_drawn_even_if_just_used_and_retired_ones_still_are_not()
    {
        CardDraw.Pick([Active1, Retired2], [Active1.Id], new Random(1))!.Number.ShouldBe(1);
        CardDraw.Pick([Retired2, Retired4], [], new Random(1)).ShouldBeNull();
        CardDraw.Pick([], [], new Random(1)).ShouldBeNull();
    }
}
