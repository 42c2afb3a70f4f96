namespace Skipper.Web.Modules.Implementation.PeerWorkers;

/// <summary>Stand-in until the peer-worker positions arrive: no positions, no targets.</summary>
internal sealed class PeerWorkforceQuery : IPeerWorkforce
{
    public Task<IReadOnlyList<PeerWorkforceFigures>> OnDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PeerWorkforceFigures>>([]);
}
