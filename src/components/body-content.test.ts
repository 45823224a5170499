// A body that reaches the renderer despite the validation still stops the build with the file
// and the line, never a bare stack trace.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BodyContent from './BodyContent.astro';

describe('BodyContent', () => {
  it('refuses a body the rules refuse, naming the file and the line', async () => {
    const container = await AstroContainer.create();
    const render = (file: string) =>
      container.renderToString(BodyContent, {
        props: { body: 'Mở đầu.\n\nChữ {process.env.SECRET}.\n', format: 'mdx', file },
      });
    // The file holds another text, or is out of reach: the line is given within the body.
    await expect(render('content/articles/khong-co.mdx')).rejects.toThrow(
      'content/articles/khong-co.mdx: line 3 of its body: {…} is code and is not allowed in a body',
    );
  });
});
