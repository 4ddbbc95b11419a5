import { Box, Text } from 'ink';
import WrappedText from '../../ui/components/WrappedText.js';
import { excerptParts, type SearchHit } from '../../lessons/search-lessons.js';
import type { LessonWords } from './lesson-words.en.js';
import theme from '../../ui/theme.js';

interface SearchViewProps {
  hits: readonly SearchHit[];
  /** The hit Enter would open. */
  selected: number;
  query: string;
  height: number;
  /** Columns for each hit row: a long line is cut around the match. */
  width: number;
  words: LessonWords;
}

/** The lines that hold the query, across every lesson, as a window around the selected one. */
export default function SearchView({ hits, selected, query, height, width, words }: SearchViewProps) {
  if (query.trim() === '')
    return (
      <WrappedText color={theme.muted} width={width}>
        {words.search.typeMore}
      </WrappedText>
    );
  if (hits.length === 0)
    return (
      <WrappedText color={theme.warn} width={width}>
        {words.search.none}
      </WrappedText>
    );
  const rows = Math.max(1, height - 1);
  const top = Math.max(0, Math.min(selected - Math.floor(rows / 2), hits.length - rows));
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>{words.search.count({ count: hits.length })}</Text>
      {hits.slice(top, top + rows).map((hit, index) => {
        const isSelected = top + index === selected;
        const parts = excerptParts(hit.text, query, width - 2 - hit.title.length - 2);
        return (
          <Text
            key={`${hit.lessonId}:${hit.line}`}
            wrap="truncate-end"
            color={isSelected ? theme.accent : undefined}
            bold={isSelected}
          >
            {isSelected ? '› ' : '  '}
            <Text color={theme.muted}>{hit.title}: </Text>
            {parts.before}
            <Text color={theme.highlight} bold underline>
              {parts.match}
            </Text>
            {parts.after}
          </Text>
        );
      })}
    </Box>
  );
}
