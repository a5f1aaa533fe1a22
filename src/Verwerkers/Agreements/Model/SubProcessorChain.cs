using System;
using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// Orders a processor's sub-processors for the annex: each one the processor engaged itself, in register order,
/// followed by the chain below it (EDPB Opinion 22/2024), depth first, without recursion.
/// </summary>
internal static class SubProcessorChain
{
    /// <summary>
    /// Returns the sub-processors in annex order, each with its level (1 = engaged by the processor) and the position
    /// in the returned list of the sub-processor that engaged it (-1 when the processor did).
    /// </summary>
    /// <remarks>
    /// A parent reference that does not resolve makes the sub-processor a first-level one; members of a cycle (which
    /// the register validator reports) are listed after the rest at level 1, so that nothing the register records is
    /// left out of the contract.
    /// </remarks>
    public static IReadOnlyList<(SubProcessor Sub, int Level, int ParentPosition)> Order(IReadOnlyList<SubProcessor> subs)
    {
        // Indexes, not the records themselves: two equal records are still two rows.
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < subs.Count; i++)
        {
            if (subs[i].Id is { } id && !byId.ContainsKey(id))
            {
                byId.Add(id, i);
            }
        }

        var children = new List<int>?[subs.Count];
        var roots = new List<int>();
        for (var i = 0; i < subs.Count; i++)
        {
            if (subs[i].ParentSubProcessorId is { } parentId && byId.TryGetValue(parentId, out var parent) && parent != i)
            {
                (children[parent] ??= new List<int>()).Add(i);
            }
            else
            {
                roots.Add(i);
            }
        }

        var result = new List<(SubProcessor, int, int)>(subs.Count);
        var position = new int[subs.Count];
        var visited = new bool[subs.Count];
        var stack = new Stack<(int Index, int Level, int Parent)>();
        void Walk(int root)
        {
            stack.Push((root, 1, -1));
            while (stack.Count > 0)
            {
                var (index, level, parent) = stack.Pop();
                if (visited[index])
                {
                    continue;
                }

                visited[index] = true;
                position[index] = result.Count;
                result.Add((subs[index], level, parent < 0 ? -1 : position[parent]));
                if (children[index] is { } list)
                {
                    for (var i = list.Count - 1; i >= 0; i--)
                    {
                        stack.Push((list[i], level + 1, index));
                    }
                }
            }
        }

        foreach (var root in roots)
        {
            Walk(root);
        }

        for (var i = 0; i < subs.Count; i++)
        {
            if (!visited[i])
            {
                Walk(i);
            }
        }

        return result;
    }
}
