using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Skipper.IntegrationTests;

/// <summary>What an authenticator app does (RFC 6238): HMAC-SHA1 over 30-second steps, six digits, a Base32 key.</summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string base32Key, DateTimeOffset? at = null)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0F;
        var number = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (number % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>A six-digit code that is not the right one now (nor a step either side).</summary>
    public static string WrongCode(string base32Key)
    {
        var near = Enumerable.Range(-2, 5).Select(step => Code(base32Key, DateTimeOffset.UtcNow.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => (i * 111_111).ToString("D6", CultureInfo.InvariantCulture)).First(code => !near.Contains(code));
    }

    private static byte[] FromBase32(string text)
    {
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.Trim('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
