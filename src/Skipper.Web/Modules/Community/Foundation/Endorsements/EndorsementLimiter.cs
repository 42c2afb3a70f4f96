using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Security;

namespace Skipper.Web.Modules.Community.Foundation.Endorsements;

/// <summary>The "Skipper:EndorsementLimits" section: how many requests to endorse one address, and everyone in one municipality, may send.</summary>
public sealed class EndorsementLimitOptions
{
    public int PerAddressPerHour { get; set; } = 5;
    public int PerMunicipalityPerHour { get; set; } = 100;
}

/// <summary>
/// The endorsement form is open to anyone, so a script could fill the administrator's list. A few requests an hour
/// from one address (an IPv6 client counts by its /64), and a ceiling for all addresses together in one municipality.
/// </summary>
public sealed class EndorsementLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> perAddress;
    private readonly PartitionedRateLimiter<string> all;

    public EndorsementLimiter(IOptions<EndorsementLimitOptions> options)
    {
        perAddress = RateLimits.FixedWindow(options.Value.PerAddressPerHour, TimeSpan.FromHours(1));
        all = RateLimits.FixedWindow(options.Value.PerMunicipalityPerHour, TimeSpan.FromHours(1));
    }

    public bool TryAcquire(IPAddress? address, Guid municipality)
    {
        using var byAddress = perAddress.AttemptAcquire(RateLimits.ClientKey(address));
        if (!byAddress.IsAcquired)
        {
            return false;
        }
        using var everyone = all.AttemptAcquire(municipality.ToString());
        return everyone.IsAcquired;
    }

    public void Dispose()
    {
        perAddress.Dispose();
        all.Dispose();
    }


}
